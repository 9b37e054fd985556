import { Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewEntry } from "../../engine/state";
import { ReviewBadge } from "./ReviewBadge";

export interface ResolvedListProps {
  resolved: Readonly<Record<string, ReviewEntry>>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  where: { color: tokens.colorNeutralForeground2 },
});

/** Findings whose cause this refresh found gone, with where they were last seen. */
export function ResolvedList({ resolved }: ResolvedListProps) {
  const styles = useStyles();
  const entries = Object.entries(resolved);

  return (
    <section className={styles.root} aria-label="Resolved findings">
      <Body1Strong as="h3" className={styles.heading}>
        Resolved ({entries.length})
      </Body1Strong>
      {entries.length === 0 ? (
        <Body1>No finding was resolved by the last refresh.</Body1>
      ) : (
        <ul className={styles.list}>
          {entries.map(([id, entry]) => (
            <li key={id} className={styles.item}>
              <span className={styles.where}>
                {entry.sheet} {entry.cell} · {entry.code}
              </span>
              <span>{entry.message}</span>
              <ReviewBadge entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
