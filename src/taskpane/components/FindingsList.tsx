import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SEVERITY_ORDER, type Severity } from "../../engine/catalogue";
import type { Finding, RefreshPlan } from "../../engine/plan";
import { UserFacingError } from "../../office/contract";
import type { ReviewStatus } from "../../engine/state";
import { countBySeverity, groupFindings } from "../model/groupFindings";
import { countByReview } from "../model/describeReview";
import { exportFileName, findingsCsv } from "../model/reviewCsv";
import { loadReviewerName, saveReviewerName } from "../model/reviewerName";
import { ExportButton } from "./ExportButton";
import { FindingGroups } from "./FindingGroups";
import { ResolvedList } from "./ResolvedList";
import { ReviewControls } from "./ReviewControls";
import { ReviewerField } from "./ReviewerField";
import { ReviewFilter } from "./ReviewFilter";
import { SeverityFilter } from "./SeverityFilter";

export interface FindingsListProps {
  plan: RefreshPlan;
  /** Selects the cell in the workbook. A rejection is shown under the filter. */
  onSelectCell(sheet: string, address: string): Promise<void>;
  /** Stores an Accept or Reopen in the workbook; a rejection is shown beside the finding. */
  onReview(finding: Finding, status: "accepted" | "open", reviewer: string, comment: string): Promise<void>;
}

type SelectionStatus = { kind: "selected" | "failed"; text: string } | undefined;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  controls: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Lists the plan's findings, filtered by severity and grouped by sheet. Choosing one selects its cell. */
export function FindingsList({ plan, onSelectCell, onReview }: FindingsListProps) {
  const styles = useStyles();
  const headingId = useId("findings-heading");
  const [visibleSeverities, setVisibleSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [visibleStatuses, setVisibleStatuses] = useState<ReadonlySet<ReviewStatus>>(() => new Set(["open", "accepted", "resolved"]));
  const [status, setStatus] = useState<SelectionStatus>(undefined);
  const [reviewer, setReviewer] = useState(() => loadReviewerName());

  const counts = useMemo(() => countBySeverity(plan.findings), [plan.findings]);
  const reviewCounts = useMemo(() => countByReview(plan.findings, plan.resolved), [plan.findings, plan.resolved]);
  const sheetOrder = useMemo(() => plan.sheets.map((sheet) => sheet.name), [plan.sheets]);
  const sheets = useMemo(() => {
    const shown = plan.findings.filter((finding) => visibleStatuses.has(finding.review?.status === "accepted" ? "accepted" : "open"));
    return groupFindings(shown, sheetOrder, visibleSeverities);
  }, [plan.findings, sheetOrder, visibleSeverities, visibleStatuses]);
  const hasResolved = reviewCounts.resolved > 0;

  const changeReviewer = (name: string) => {
    setReviewer(name);
    saveReviewerName(name);
  };

  const toggleStatus = (review: ReviewStatus) => {
    setVisibleStatuses((current) => {
      const next = new Set(current);
      if (next.has(review)) next.delete(review);
      else next.add(review);
      return next;
    });
  };

  const toggle = (severity: Severity) => {
    setVisibleSeverities((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  };

  const select = async (finding: Finding) => {
    setStatus(undefined);
    try {
      await onSelectCell(finding.sheet, finding.cell);
      setStatus({ kind: "selected", text: `Selected ${finding.cell} on ${finding.sheet}.` });
    } catch (error) {
      setStatus({ kind: "failed", text: describeSelectionError(finding, error) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Findings
      </Subtitle2>

      {plan.findings.length === 0 && !hasResolved ? (
        <Body1>The refresh found nothing to report.</Body1>
      ) : (
        <>
          <div className={styles.controls}>
            <ReviewerField value={reviewer} onChange={changeReviewer} />
            <SeverityFilter counts={counts} visibleSeverities={visibleSeverities} onToggle={toggle} />
            <ReviewFilter counts={reviewCounts} visibleStatuses={visibleStatuses} onToggle={toggleStatus} />
            <div>
              <ExportButton label="Export findings (CSV)" fileName={exportFileName(plan.workbook, "findings")} csv={() => findingsCsv(plan)} />
            </div>
            <div role="status" aria-live="polite">
              {status?.kind === "selected" && <Body1 className={styles.status}>{status.text}</Body1>}
            </div>
            {status?.kind === "failed" && (
              <MessageBar intent="warning">
                <MessageBarBody>{status.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {sheets.length === 0 ? (
            <Body1>No findings match the filter. Press a severity or review button above to show its findings.</Body1>
          ) : (
            <FindingGroups
              sheets={sheets}
              indicators={plan.indicators}
              onSelect={(finding) => void select(finding)}
              renderReview={(finding) => (
                <ReviewControls finding={finding} reviewer={reviewer} onReview={(f, next, comment) => onReview(f, next, reviewer, comment)} />
              )}
            />
          )}
          {visibleStatuses.has("resolved") && <ResolvedList resolved={plan.resolved} />}
        </>
      )}
    </section>
  );
}

function describeSelectionError(finding: Finding, error: unknown): string {
  if (error instanceof UserFacingError) return error.message;

  return (
    `Could not select ${finding.cell} on ${finding.sheet}. ` +
    "The sheet may have been renamed or deleted since the refresh. Select Refresh RAG and try again."
  );
}
