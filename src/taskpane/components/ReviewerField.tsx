import { Field, Input } from "@fluentui/react-components";

export interface ReviewerFieldProps {
  value: string;
  onChange(name: string): void;
}

/** The reviewer's name, stored with each Accept or Reopen so others can see who decided. */
export function ReviewerField({ value, onChange }: ReviewerFieldProps) {
  return (
    <Field label="Reviewer" hint="Your name, saved with each review decision. This browser remembers it.">
      <Input value={value} onChange={(_, data) => onChange(data.value)} autoComplete="name" />
    </Field>
  );
}
