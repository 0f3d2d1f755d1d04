// Columns that hold JSON text, each with the zod schema its value must match:
// read back with `parse` (a malformed value is an error that names the column,
// not a silent cast) and written with `write`.
import { z } from "zod";

function jsonColumn<S extends z.ZodType>(name: string, schema: S) {
  return {
    parse(text: string): z.infer<S> {
      const result = schema.safeParse(JSON.parse(text));
      if (!result.success) throw new Error(`${name} 列的内容无效: ${z.prettifyError(result.error)}`);
      return result.data;
    },
    write: (value: z.infer<S>): string => JSON.stringify(value),
  };
}

const sourceLine = z.object({ line: z.number().int(), text: z.string() });

/** InitiativeObservation.lines: the report lines an entry came from. */
export const sourceLinesColumn = jsonColumn("InitiativeObservation.lines", z.array(sourceLine));

/** InitiativeObservation.completions: dateless completions (`老加工链路盘点完成`) the report stated. */
export const completionsColumn = jsonColumn(
  "InitiativeObservation.completions",
  z.array(z.object({ title: z.string(), subject: z.string(), event: z.string(), source: sourceLine })),
);

/** Initiative.progressHistory: the progress each report stated, oldest first. */
export const progressHistoryColumn = jsonColumn(
  "Initiative.progressHistory",
  z.array(z.object({ week: z.string(), progress: z.number() })),
);
