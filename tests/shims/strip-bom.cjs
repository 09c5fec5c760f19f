module.exports = (s) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
