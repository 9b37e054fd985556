import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding, IndicatorResult } from "../../engine/plan";
import { explainFinding } from "../model/explainFinding";
import type { SheetFindings } from "../model/groupFindings";
import { SEVERITY_WORDS } from "../model/severityWords";
import { FindingItem } from "./FindingItem";
import { SeverityLabel } from "./SeverityLabel";

export interface FindingGroupsProps {
  sheets: SheetFindings[];
  indicators: readonly IndicatorResult[];
  onSelect(finding: Finding): void;
  renderReview?(finding: Finding): ReactNode;
}

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, overflowWrap: "anywhere" },
  severityHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/** Renders the findings under a heading per sheet, then a heading per severity. */
export function FindingGroups({ sheets, indicators, onSelect, renderReview }: FindingGroupsProps) {
  const styles = useStyles();

  return (
    <>
      {sheets.map(({ sheet, groups }) => (
        <section key={sheet} className={styles.sheet} aria-label={`Findings on ${sheet}`}>
          <Body1Strong as="h3" className={styles.heading}>
            {sheet}
          </Body1Strong>
          {groups.map(({ severity, findings }) => (
            <div key={severity} className={styles.sheet}>
              <h4 className={styles.severityHeading}>
                <SeverityLabel severity={severity}>
                  {SEVERITY_WORDS[severity].heading} ({findings.length})
                </SeverityLabel>
              </h4>
              <ul className={styles.list}>
                {findings.map((finding, index) => (
                  <FindingItem
                    key={`${finding.cell}-${finding.code}-${index}`}
                    finding={finding}
                    explanation={explainFinding(finding, indicators)}
                    onSelect={onSelect}
                    review={renderReview?.(finding)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
