import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { ReactElement, ReactNode } from "react";
import type { Severity } from "../../engine/catalogue";
import { SEVERITY_WORDS } from "../model/severityWords";

export interface SeverityLabelProps {
  severity: Severity;
  /** The text beside the icon, or the severity's word when absent. */
  children?: ReactNode;
  className?: string;
}

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  icon: { display: "inline-flex", fontSize: "16px", flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
});

const SEVERITY_ICONS: Record<Severity, ReactElement> = {
  error: <ErrorCircleFilled />,
  warning: <WarningFilled />,
  info: <InfoFilled />,
};

/** Renders a severity as an icon in its colour plus a word. The icon is hidden from screen readers. */
export function SeverityLabel({ severity, children, className }: SeverityLabelProps) {
  const styles = useStyles();

  return (
    <span className={mergeClasses(styles.root, className)}>
      <span className={mergeClasses(styles.icon, styles[severity])} aria-hidden="true">
        {SEVERITY_ICONS[severity]}
      </span>
      <span>{children ?? SEVERITY_WORDS[severity].label}</span>
    </span>
  );
}
