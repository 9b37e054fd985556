import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** The refresh's sentences about its stored state, such as a review record that could not be read. */
export function NoticesMessage({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;

  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{notices.join(" ")}</MessageBarBody>
    </MessageBar>
  );
}
