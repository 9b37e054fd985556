import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SEVERITY_ORDER, type Severity } from "../../engine/catalogue";
import type { Finding, RefreshPlan } from "../../engine/plan";
import { UserFacingError } from "../../office/contract";
import { countBySeverity, groupFindings } from "../model/groupFindings";
import { FindingGroups } from "./FindingGroups";
import { SeverityFilter } from "./SeverityFilter";

export interface FindingsListProps {
  plan: RefreshPlan;
  /** Selects the cell in the workbook. A rejection is shown under the filter. */
  onSelectCell(sheet: string, address: string): Promise<void>;
}

type SelectionStatus = { kind: "selected" | "failed"; text: string } | undefined;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  controls: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Lists the plan's findings, filtered by severity and grouped by sheet. Choosing one selects its cell. */
export function FindingsList({ plan, onSelectCell }: FindingsListProps) {
  const styles = useStyles();
  const headingId = useId("findings-heading");
  const [visibleSeverities, setVisibleSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [status, setStatus] = useState<SelectionStatus>(undefined);

  const counts = useMemo(() => countBySeverity(plan.findings), [plan.findings]);
  const sheetOrder = useMemo(() => plan.sheets.map((sheet) => sheet.name), [plan.sheets]);
  const sheets = useMemo(
    () => groupFindings(plan.findings, sheetOrder, visibleSeverities),
    [plan.findings, sheetOrder, visibleSeverities],
  );

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

      {plan.findings.length === 0 ? (
        <Body1>The refresh found nothing to report.</Body1>
      ) : (
        <>
          <div className={styles.controls}>
            <SeverityFilter counts={counts} visibleSeverities={visibleSeverities} onToggle={toggle} />
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
            <Body1>No findings match the filter. Press a severity button above to show its findings.</Body1>
          ) : (
            <FindingGroups sheets={sheets} indicators={plan.indicators} onSelect={(finding) => void select(finding)} />
          )}
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
