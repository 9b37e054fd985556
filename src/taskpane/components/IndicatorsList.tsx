import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorResult } from "../../engine/plan";
import { DotGlyph } from "./DotGlyph";
import { RagBadge } from "./RagBadge";

export interface IndicatorsListProps {
  indicators: readonly IndicatorResult[];
}

const useStyles = makeStyles({
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  list: { margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  marks: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  why: { color: tokens.colorNeutralForeground2 },
});

/**
 * Every indicator's arrows and RAG letters with the reason for each RAG, folded away by default because
 * the March 2025 report has 75 of them. Each mark carries its column name, so nothing rests on colour.
 */
export function IndicatorsList({ indicators }: IndicatorsListProps) {
  const styles = useStyles();

  return (
    <details>
      <summary className={styles.summary}>Indicators ({indicators.length}): why each arrow and RAG</summary>
      <ul className={styles.list} aria-label="Indicators">
        {indicators.map((indicator) => (
          <li key={`${indicator.sheet}|${indicator.row}`} className={styles.item}>
            <Body1Strong>
              {indicator.ref}
              {indicator.measure ? ` ${indicator.measure}` : ""}
            </Body1Strong>
            <Caption1>
              {indicator.indicator} · {indicator.sheet} row {indicator.row}
            </Caption1>
            <span className={styles.marks}>
              <Caption1>DOT (Month)</Caption1>
              <DotGlyph assessment={indicator.dotMonth.assessment} direction={indicator.dotMonth.direction} />
              <Caption1>RAG (Month)</Caption1>
              <RagBadge status={indicator.ragMonth.status} />
              <Caption1>DOT (Yr on Yr)</Caption1>
              <DotGlyph assessment={indicator.dotYear.assessment} direction={indicator.dotYear.direction} />
              <Caption1>RAG (Yr End)</Caption1>
              <RagBadge status={indicator.ragYearEnd.status} />
            </span>
            {indicator.dotMonth.reason && <Caption1 className={styles.why}>Why DOT (Month): {indicator.dotMonth.reason}</Caption1>}
            {indicator.ragMonth.reason && <Caption1 className={styles.why}>Why RAG (Month): {indicator.ragMonth.reason}</Caption1>}
            {indicator.dotYear.reason && <Caption1 className={styles.why}>Why DOT (Yr on Yr): {indicator.dotYear.reason}</Caption1>}
            {indicator.ragYearEnd.reason && <Caption1 className={styles.why}>Why RAG (Yr End): {indicator.ragYearEnd.reason}</Caption1>}
          </li>
        ))}
      </ul>
    </details>
  );
}
