// Links from a message back into the app, on its public address (APP_URL).

export const initiativeLink = (base: string, departmentId: number, initiativeId: number): string =>
  `${base}/?department=${departmentId}&initiative=${initiativeId}`;

export const weekLink = (base: string, departmentId: number, week: string | null): string =>
  `${base}/week?${week ? `week=${encodeURIComponent(week)}&` : ""}department=${departmentId}`;
