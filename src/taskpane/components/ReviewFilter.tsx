import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckboxCheckedRegular, CheckboxUncheckedRegular } from "@fluentui/react-icons";
import type { ReviewStatus } from "../../engine/state";
import { REVIEW_STATUS_WORDS } from "../model/describeReview";

export const REVIEW_ORDER: readonly ReviewStatus[] = ["open", "accepted", "resolved"];

export interface ReviewFilterProps {
  counts: Record<ReviewStatus, number>;
  visibleStatuses: ReadonlySet<ReviewStatus>;
  onToggle(status: ReviewStatus): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** One toggle button per review state with its count, ticked when shown, like the severity filter beside it. */
export function ReviewFilter({ counts, visibleStatuses, onToggle }: ReviewFilterProps) {
  const styles = useStyles();

  return (
    <div role="group" aria-label="Show findings by review state" className={styles.root}>
      {REVIEW_ORDER.map((status) => (
        <ToggleButton
          key={status}
          size="small"
          checked={visibleStatuses.has(status)}
          icon={visibleStatuses.has(status) ? <CheckboxCheckedRegular /> : <CheckboxUncheckedRegular />}
          onClick={() => onToggle(status)}
        >
          {REVIEW_STATUS_WORDS[status]} ({counts[status]})
        </ToggleButton>
      ))}
    </div>
  );
}
