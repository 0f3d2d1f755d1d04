"use client";
import type { LayoutProfile } from "../../lib/layout-profile/layout-profile";
import { messages } from "../../lib/messages";

const t = messages.layoutProfile;

interface Props {
  profile: LayoutProfile;
  departmentName: string;
  /** null: the reader may not replace the profile */
  onImport: ((json: string) => void) | null;
  disabled: boolean;
}

/** Export as a JSON download; import a JSON file (checked whole on the server). */
export function ProfileTransfer({ profile, departmentName, onImport, disabled }: Props) {
  const download = () => {
    const blob = new Blob([JSON.stringify(profile, null, 2)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `版式配置-${departmentName}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="stack">
      <div>
        <button type="button" onClick={download}>
          {t.exportJson}
        </button>{" "}
        {onImport ? (
          <label className="button-like">
            {t.importJson}{" "}
            <input
              type="file"
              accept=".json,application/json"
              disabled={disabled}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void file.text().then(onImport);
              }}
            />
          </label>
        ) : null}
      </div>
      {onImport ? <p className="muted">{t.importHint}</p> : null}
    </div>
  );
}
