import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";

export interface RefreshErrorMessageProps {
  message: string;
  /** Text for support staff, shown only when the user opens the disclosure. */
  details: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", color: tokens.colorNeutralForeground2 },
  details: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: tokens.spacingHorizontalS,
    maxHeight: "40vh",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * Shows a failed refresh: the plain message in an error bar, and the details below it in a
 * disclosure. The details stay outside the bar because the bar reads its text aloud when it appears.
 */
export function RefreshErrorMessage({ message, details }: RefreshErrorMessageProps) {
  const styles = useStyles();

  return (
    <div className={styles.root}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Refresh failed</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      {details && (
        <details>
          <summary className={styles.summary}>
            <Body1>Details for support</Body1>
          </summary>
          <pre className={styles.details}>{details}</pre>
        </details>
      )}
    </div>
  );
}
