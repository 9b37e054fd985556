import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckboxCheckedRegular, CheckboxUncheckedRegular } from "@fluentui/react-icons";
import { SEVERITY_ORDER, type Severity } from "../../engine/catalogue";
import { SEVERITY_WORDS } from "../model/severityWords";

export interface SeverityFilterProps {
  counts: Record<Severity, number>;
  visibleSeverities: ReadonlySet<Severity>;
  onToggle(severity: Severity): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Renders one toggle button per severity with its count. A pressed button shows that severity's
 * findings and carries a ticked box, so its state does not rest on the background shade alone.
 */
export function SeverityFilter({ counts, visibleSeverities, onToggle }: SeverityFilterProps) {
  const styles = useStyles();

  return (
    <div role="group" aria-label="Show findings by severity" className={styles.root}>
      {SEVERITY_ORDER.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={visibleSeverities.has(severity)}
          icon={visibleSeverities.has(severity) ? <CheckboxCheckedRegular /> : <CheckboxUncheckedRegular />}
          onClick={() => onToggle(severity)}
        >
          {SEVERITY_WORDS[severity].heading} ({counts[severity]})
        </ToggleButton>
      ))}
    </div>
  );
}
