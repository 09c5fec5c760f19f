module.exports = { v4: () => require("crypto").randomUUID() };
