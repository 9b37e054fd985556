import { Body1Strong, Caption1, Subtitle2, Text, useId } from "@fluentui/react-components";
import { SEVERITY_ORDER } from "../../engine/catalogue";
import type { RefreshSummary } from "../../engine/plan";
import type { RefreshOutcome } from "../../office/contract";
import { describeFinish } from "../model/describeFinish";
import { countSeverity } from "../model/severityWords";
import { DotGlyph } from "./DotGlyph";
import { RagBadge } from "./RagBadge";
import { SeverityLabel } from "./SeverityLabel";
import { useSummaryStyles } from "./Summary.styles";

export interface SummaryProps {
  outcome: RefreshOutcome;
}

type SheetSummary = RefreshSummary["sheets"][number];

/** Renders the RAG and DOT counts the refresh wrote on each sheet, then the findings by severity and the timing. */
export function Summary({ outcome }: SummaryProps) {
  const styles = useSummaryStyles();
  const headingId = useId("summary-heading");
  const { summary } = outcome.plan;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        Summary
      </Subtitle2>

      <ul className={styles.sheets}>
        {summary.sheets.map((sheet) => (
          <SheetSummaryItem key={sheet.name} sheet={sheet} />
        ))}
      </ul>

      <p className={styles.findings}>
        <Text weight="semibold">Findings:</Text>
        {SEVERITY_ORDER.map((severity) => (
          <SeverityLabel key={severity} severity={severity}>
            {countSeverity(severity, summary.findings[severity])}
          </SeverityLabel>
        ))}
      </p>

      <Caption1 as="p" className={styles.finish}>
        {describeFinish(outcome)}
      </Caption1>
    </section>
  );
}

function SheetSummaryItem({ sheet }: { sheet: SheetSummary }) {
  const styles = useSummaryStyles();
  const indicators = sheet.indicators === 1 ? "1 indicator" : `${sheet.indicators} indicators`;

  return (
    <li className={styles.sheet}>
      <Body1Strong as="h3" className={styles.sheetName}>
        {sheet.name}
      </Body1Strong>
      <Caption1>{indicators}</Caption1>
      <div className={styles.badges}>
        <RagBadge status="R" count={sheet.rag.R} />
        <RagBadge status="A" count={sheet.rag.A} />
        <RagBadge status="G" count={sheet.rag.G} />
        {sheet.rag.none > 0 && <RagBadge status="none" count={sheet.rag.none} />}
        <DotGlyph assessment="improved" count={sheet.improved} showLabel />
        <DotGlyph assessment="declined" count={sheet.declined} showLabel />
      </div>
    </li>
  );
}
