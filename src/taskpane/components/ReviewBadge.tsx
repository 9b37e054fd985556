import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { ReviewEntry, ReviewStatus } from "../../engine/state";
import { describeReview } from "../model/describeReview";

const COLOUR: Record<ReviewStatus, BadgeProps["color"]> = { open: "informative", accepted: "success", resolved: "subtle" };

/** The review state in words ("Accepted by Priya Shah on 11 April 2025"); the colour only repeats it. */
export function ReviewBadge({ entry }: { entry: ReviewEntry | undefined }) {
  const status = entry?.status ?? "open";
  return (
    <Badge appearance="tint" color={COLOUR[status]} shape="rounded" style={{ whiteSpace: "normal", height: "auto" }}>
      {describeReview(entry)}
    </Badge>
  );
}
