// The words that label when a work is due: `截止：12/20`, `DDL：`, `deadline:`, `due date`, `ETA 12/20`.
export const DUE_WORDS = String.raw`截止(?:日期|时间)?|DDL|deadline|due(?: date)?|ETA`;
