import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";

export interface LimitationsMessageProps {
  /** Sentences naming what this Excel could not do and how the refresh worked around it. */
  limitations: readonly string[];
}

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Renders the workarounds a refresh needed on this Excel, or nothing when it needed none. */
export function LimitationsMessage({ limitations }: LimitationsMessageProps) {
  const styles = useStyles();
  if (limitations.length === 0) return null;

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This version of Excel limited the refresh</MessageBarTitle>
        <ul className={styles.list}>
          {limitations.map((limitation) => (
            <li key={limitation}>{limitation}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
