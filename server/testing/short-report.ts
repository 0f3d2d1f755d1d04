// For the extraction tests of one convention each: a short report body under a
// title, dated 2024-12-06 unless told, and what it gave.
import { extractReport } from "../extract/extract-report";
import type { ExtractionResult } from "../extract/types";

export const readBody = (body: string, date = "2024-12-06"): ExtractionResult =>
  extractReport(`# 周报\n\n${body}`, { referenceDate: date });
export const names = (result: ExtractionResult) => result.entries.map((e) => e.initiative);
export const milestones = (result: ExtractionResult, initiative: string) =>
  result.entries.find((e) => e.initiative === initiative)?.milestones.map((m) => [m.title, m.date, m.state]);
