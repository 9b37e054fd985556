import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../engine/plan";
import { UserFacingError } from "../../office/contract";
import { ReviewBadge } from "./ReviewBadge";

export interface ReviewControlsProps {
  finding: Finding;
  /** The reviewer's name from the field above the findings; Accept needs one. */
  reviewer: string;
  onReview(finding: Finding, status: "accepted" | "open", comment: string): Promise<void>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalM}` },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  comment: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2, margin: 0 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** A finding's review state, its last comment, and an Accept or Reopen form with a comment. */
export function ReviewControls({ finding, reviewer, onReview }: ReviewControlsProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const accepted = finding.review?.status === "accepted";
  const action = accepted ? "Reopen" : "Accept";

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onReview(finding, accepted ? "open" : "accepted", comment);
      setEditing(false);
      setComment("");
    } catch (failure) {
      setError(failure instanceof UserFacingError ? failure.message : "The review could not be saved in the workbook. Select Refresh RAG and try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <ReviewBadge entry={finding.review} />
        {!editing && (
          <Button size="small" aria-label={`${action} the finding at ${finding.cell}`} onClick={() => setEditing(true)} disabled={!finding.id}>
            {action}…
          </Button>
        )}
      </div>
      {finding.review?.comment && <p className={styles.comment}>Comment: {finding.review.comment}</p>}
      {editing && (
        <div className={styles.form}>
          <Field label={`Comment on ${finding.cell}`} hint={reviewer.trim() ? `Saved as ${reviewer.trim()}.` : "Enter your name in Reviewer above first."}>
            <Textarea value={comment} onChange={(_, data) => setComment(data.value)} resize="vertical" />
          </Field>
          <div className={styles.line}>
            <Button appearance="primary" size="small" disabledFocusable={busy || !reviewer.trim()} onClick={() => void submit()}>
              {action}
            </Button>
            <Button size="small" onClick={() => setEditing(false)} disabled={busy}>
              Cancel
            </Button>
          </div>
          {error && (
            <MessageBar intent="warning">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}
