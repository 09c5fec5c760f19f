import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The preview's lists (per executor, per measure): one bordered entry per line. */
export const usePreviewListStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    paddingBlock: tokens.spacingVerticalXS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
});
