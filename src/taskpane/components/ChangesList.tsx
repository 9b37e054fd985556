import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { MarkChange, RefreshPlan } from "../../engine/plan";
import { UserFacingError } from "../../office/contract";
import { changesCsv, exportFileName } from "../model/reviewCsv";
import { ExportButton } from "./ExportButton";
import { useFindingItemStyles } from "./FindingItem.styles";

export interface ChangesListProps {
  plan: RefreshPlan;
  onSelectCell(sheet: string, address: string): Promise<void>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The DOT arrows and RAG letters that differ from the last refresh; choosing one selects its cell. */
export function ChangesList({ plan, onSelectCell }: ChangesListProps) {
  const styles = useStyles();
  const itemStyles = useFindingItemStyles();
  const headingId = useId("changes-heading");
  const [status, setStatus] = useState<{ failed: boolean; text: string } | undefined>(undefined);

  const select = async (change: MarkChange) => {
    setStatus(undefined);
    try {
      await onSelectCell(change.sheet, change.cell);
      setStatus({ failed: false, text: `Selected ${change.cell} on ${change.sheet}.` });
    } catch (error) {
      const text = error instanceof UserFacingError ? error.message : `Could not select ${change.cell} on ${change.sheet}. Select Refresh RAG and try again.`;
      setStatus({ failed: true, text });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Changes since last refresh ({plan.changes.length})
      </Subtitle2>
      {plan.changes.length === 0 ? (
        <Body1>No DOT arrow or RAG letter changed since the last refresh. A first refresh has nothing to compare with.</Body1>
      ) : (
        <>
          <div>
            <ExportButton label="Export changes (CSV)" fileName={exportFileName(plan.workbook, "changes")} csv={() => changesCsv(plan)} />
          </div>
          <div role="status" aria-live="polite">
            {status && !status.failed && <Body1 className={styles.status}>{status.text}</Body1>}
          </div>
          {status?.failed && (
            <MessageBar intent="warning">
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )}
          <ul className={styles.list}>
            {plan.changes.map((change) => (
              <li key={`${change.sheet}|${change.cell}|${change.column}`} className={itemStyles.item}>
                <button type="button" className={itemStyles.button} disabled={!change.cell} onClick={() => void select(change)}>
                  <span className={itemStyles.top}>
                    <span className={itemStyles.severity}>{change.sheet}</span>
                    {change.cell && <span className={itemStyles.cell}>Go to {change.cell}</span>}
                  </span>
                  <span className={itemStyles.message}>{change.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
