import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";

export interface ExportButtonProps {
  label: string;
  fileName: string;
  /** Builds the CSV text when pressed, so a large plan costs nothing until someone exports. */
  csv(): string;
}

/**
 * Downloads CSV text as a file. The byte order mark tells Excel the file is UTF-8, so the arrows and
 * "→" in the change list open as they were written.
 */
export function ExportButton({ label, fileName, csv }: ExportButtonProps) {
  const download = () => {
    const url = URL.createObjectURL(new Blob(["\uFEFF", csv()], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later, because some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <Button size="small" icon={<ArrowDownloadRegular />} onClick={download}>
      {label}
    </Button>
  );
}
