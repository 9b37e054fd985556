import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/** The pane fills the task pane frame, so the page keeps no margin of the browser's default colour. */
export const useAppStaticStyles = makeStaticStyles({ body: { margin: 0 } });

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});
