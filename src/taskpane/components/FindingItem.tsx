import { useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding } from "../../engine/plan";
import type { FindingExplanation, RagKind } from "../model/explainFinding";
import { SEVERITY_WORDS } from "../model/severityWords";
import { useFindingItemStyles } from "./FindingItem.styles";
import { RagBadge } from "./RagBadge";
import { SeverityLabel } from "./SeverityLabel";

export interface FindingItemProps {
  finding: Finding;
  /** The indicator's RAG reason, shown as the "why" line when present. */
  explanation?: FindingExplanation;
  onSelect(finding: Finding): void;
  /** The review state and actions, shown under the button because a button cannot hold other buttons. */
  review?: ReactNode;
}

/** The scorecard's own column headings, so the user knows which cell the reason is about. */
const RAG_COLUMN: Record<RagKind, string> = { month: "RAG (Month)", yearEnd: "RAG (Yr End)" };

/**
 * Renders one finding as a button that selects its cell. The accessible name is short (severity, cell and
 * message) and the reason and code are its description, so a screen reader reads the essentials first.
 */
export function FindingItem({ finding, explanation, onSelect, review }: FindingItemProps) {
  const styles = useFindingItemStyles();
  const whyId = useId("finding-why");
  const codeId = useId("finding-code");
  const severity = SEVERITY_WORDS[finding.severity].label;
  const describedBy = explanation ? `${whyId} ${codeId}` : codeId;

  return (
    <li className={styles.item}>
      <button
        type="button"
        className={styles.button}
        aria-label={`${severity} at ${finding.cell}: ${finding.message}`}
        aria-describedby={describedBy}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.top}>
          <SeverityLabel severity={finding.severity} className={styles.severity} />
          <span className={styles.cell}>Go to {finding.cell}</span>
        </span>
        <span className={styles.message}>{finding.message}</span>
        {explanation && (
          <span id={whyId} className={styles.why}>
            <span>Why: {RAG_COLUMN[explanation.kind]}</span>
            {explanation.rag.status !== "none" && <RagBadge status={explanation.rag.status} />}
            <span>{explanation.rag.reason}</span>
          </span>
        )}
        <span id={codeId} className={styles.code}>
          {finding.code}
        </span>
      </button>
      {review}
    </li>
  );
}
