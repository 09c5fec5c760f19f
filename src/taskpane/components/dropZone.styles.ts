import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The dashed area files are dropped on (the plan in the browser mode, returns in the Reports tab). */
export const useDropZoneStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    borderRadius: tokens.borderRadiusLarge,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
  },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
  note: { color: tokens.colorNeutralForeground2 },
});
