// Proves the hand-written migrations create what schema.prisma describes: every
// model is written and read back through the generated client, relations and
// unique constraints included. A column missing or misnamed in the SQL fails here.
// Runs on whichever provider createTempDatabase gives (SQLite, or PostgreSQL in test:pg).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { migrateDatabase, migrationsDirFor } from "./migrate-database";
import { readMigrations } from "./migrations";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("migrations", () => {
  it("records every migration the way Prisma does and applies nothing twice", async () => {
    const rows = await temp.db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const expected = readMigrations(migrationsDirFor(temp.target));
    expect(rows.map((r) => r.migration_name)).toEqual(expected.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(expected.map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at)).toBe(true);
    expect(await migrateDatabase(temp.target)).toEqual([]);
  });

  it("writes and reads every model through the client", async () => {
    const { db } = temp;
    const department = await db.department.create({ data: { name: "风控平台部" } });
    const departmentId = department.id;
    const report = await db.report.create({
      data: {
        departmentId,
        week: "2024-W47",
        reportDate: "2024-11-23",
        title: "2024-W47",
        rawText: "x",
        contentHash: "h",
        importedBy: "pm",
      },
    });
    const group = await db.group.create({ data: { departmentId, name: "O1 业务服务", sortOrder: 1 } });
    const initiative = await db.initiative.create({
      data: {
        departmentId,
        name: "长沙佣金存管",
        groupId: group.id,
        status: "paused",
        progress: 10.5,
        startDate: "2024-11-09",
        lastSeenWeek: "2024-W47",
        progressHistory: '[{"week":"2024-W47","progress":10}]',
      },
    });
    await db.initiativeAlias.create({ data: { initiativeId: initiative.id, departmentId, name: "佣金存管", key: "佣金存管" } });
    const milestone = await db.milestone.create({
      data: {
        initiativeId: initiative.id,
        key: "支付上线",
        title: "支付上线",
        date: "2024-11-28",
        rangeStart: "2024-11-28",
        precision: "day",
        state: "planned",
        baselineDate: "2024-11-25",
        baselineStart: "2024-11-25",
        timesMoved: 1,
        lastMoveWeek: "2024-W47",
        lastMoveDays: 3,
      },
    });
    await db.milestoneObservation.create({
      data: {
        milestoneId: milestone.id,
        reportId: report.id,
        actor: "report",
        basisDate: "2024-11-23",
        title: "支付上线",
        key: "支付上线",
        date: "2024-11-28",
        rangeStart: "2024-11-28",
        precision: "day",
        state: "planned",
        statedBaseline: "2024-11-25",
        reason: "银行侧排期调整",
        line: 42,
        text: "长沙佣金存管：…",
      },
    });
    await db.initiativeObservation.create({
      data: {
        initiativeId: initiative.id,
        reportId: report.id,
        basisDate: "2024-11-23",
        name: "长沙佣金存管",
        groupName: "O1 业务服务",
        progress: 10,
        status: "active",
        startDate: "2024-11-01",
        reason: null,
        line: 42,
        text: "长沙佣金存管：…",
        progressLine: 42,
        progressText: "进度10%",
        lines: JSON.stringify([{ line: 42, text: "长沙佣金存管：…" }]),
      },
    });
    await db.editLog.create({
      data: {
        entity: "milestone",
        entityId: milestone.id,
        field: "date",
        oldValue: "2024-11-28",
        newValue: "2024-12-03",
        reason: "银行延期",
        actor: "pm",
      },
    });

    const read = await db.initiative.findUniqueOrThrow({
      where: { id: initiative.id },
      include: { group: true, aliases: true, milestones: { include: { observations: { include: { report: true } } } }, observations: true },
    });
    expect(read.group.name).toBe("O1 业务服务");
    expect(read.progress).toBe(10.5);
    expect(read.departmentId).toBe(departmentId);
    expect(JSON.parse(read.progressHistory)).toEqual([{ week: "2024-W47", progress: 10 }]);
    expect(read.milestones[0]?.lastMoveDays).toBe(3);
    expect(read.observations[0]?.startDate).toBe("2024-11-01");
    expect(read.aliases.map((a) => a.key)).toEqual(["佣金存管"]);
    expect(read.milestones[0]?.observations[0]?.report?.week).toBe("2024-W47");
    expect(read.milestones[0]?.observations[0]?.statedBaseline).toBe("2024-11-25");
    expect(read.observations[0]?.progressText).toBe("进度10%");
    expect(read.updatedAt).toBeInstanceOf(Date);
    expect((await db.editLog.findFirstOrThrow()).newValue).toBe("2024-12-03");
    expect((await db.report.findFirstOrThrow()).importedAt).toBeInstanceOf(Date);
    expect((await db.group.findFirstOrThrow()).sortOrder).toBe(1);
  });

  it("writes and reads the account models Better Auth uses", async () => {
    const { db } = temp;
    const user = await db.user.create({
      data: { id: "u1", name: "张三", email: "zhangsan@localhost.invalid", username: "zhangsan", displayUsername: "ZhangSan" },
    });
    expect(user).toMatchObject({ emailVerified: false, image: null, siteAdmin: false });
    expect(user.createdAt).toBeInstanceOf(Date);
    const expiresAt = new Date("2026-12-09T00:00:00.000Z");
    await db.session.create({ data: { id: "s1", token: "t1", expiresAt, userId: user.id, ipAddress: "127.0.0.1", userAgent: "vitest" } });
    await db.account.create({
      data: {
        id: "a1",
        accountId: "u1",
        providerId: "credential",
        userId: user.id,
        password: "salt:hash",
        accessTokenExpiresAt: expiresAt,
        scope: "openid",
      },
    });
    await db.verification.create({ data: { id: "v1", identifier: "state", value: "{}", expiresAt } });
    await db.rateLimit.create({ data: { id: "r1", key: "127.0.0.1|/sign-in/username", count: 1, lastRequest: BigInt(Date.now()) } });

    const read = await db.user.findUniqueOrThrow({ where: { username: "zhangsan" }, include: { sessions: true, accounts: true } });
    expect(read.sessions[0]).toMatchObject({ token: "t1", expiresAt, userAgent: "vitest" });
    expect(read.accounts[0]).toMatchObject({
      providerId: "credential",
      password: "salt:hash",
      accessTokenExpiresAt: expiresAt,
      idToken: null,
    });
    expect((await db.verification.findFirstOrThrow()).identifier).toBe("state");
    expect(typeof (await db.rateLimit.findFirstOrThrow()).lastRequest).toBe("bigint");
    await expect(db.user.create({ data: { id: "u2", name: "x", email: "other@x.invalid", username: "zhangsan" } })).rejects.toThrow();
    await expect(db.session.create({ data: { id: "s2", token: "t1", expiresAt, userId: user.id } })).rejects.toThrow();
    await expect(
      db.rateLimit.create({ data: { id: "r2", key: "127.0.0.1|/sign-in/username", count: 1, lastRequest: 1n } }),
    ).rejects.toThrow();

    const audit = await db.auditLog.create({
      data: {
        userId: user.id,
        userName: "张三",
        ip: "192.0.2.1",
        action: "milestone.edit",
        changes: '{"date":{"old":"a","new":"b"}}',
        reason: "原因",
        department: "风控平台部",
      },
    });
    await db.auditLog.create({ data: { userId: null, userName: "nobody", action: "sign-in.failed" } });
    expect(await db.auditLog.findMany({ where: { action: "milestone.edit", createdAt: { lte: new Date() } } })).toEqual([audit]);
    expect(audit.createdAt).toBeInstanceOf(Date);

    const department = await db.department.create({ data: { name: "审计测试部" } });
    await db.membership.create({ data: { userId: user.id, departmentId: department.id, role: "editor" } });
    await expect(db.membership.create({ data: { userId: user.id, departmentId: department.id, role: "viewer" } })).rejects.toThrow();
    expect(await db.department.findUniqueOrThrow({ where: { id: department.id }, include: { members: true } })).toMatchObject({
      members: [{ userId: user.id, role: "editor" }],
    });

    // deleting a user ends their sessions, sign-in methods and memberships; the audit log keeps naming them
    await db.user.delete({ where: { id: user.id } });
    expect(await db.session.count()).toBe(0);
    expect(await db.account.count()).toBe(0);
    expect(await db.membership.count()).toBe(0);
    expect(await db.auditLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("starts the revision counter at one row, value 0, which the client can bump", async () => {
    const { db } = temp;
    expect(await db.trackingRevision.findMany()).toEqual([{ id: 1, value: 0 }]);
    await db.trackingRevision.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
    expect(await db.trackingRevision.findUniqueOrThrow({ where: { id: 1 } })).toEqual({ id: 1, value: 1 });
  });

  it("enforces the unique keys the tracker relies on", async () => {
    const { db } = temp;
    const initiative = await db.initiative.findFirstOrThrow();
    await expect(db.group.create({ data: { departmentId: initiative.departmentId, name: "O1 业务服务" } })).rejects.toThrow();
    await expect(db.department.create({ data: { name: "风控平台部" } })).rejects.toThrow();
    await expect(
      db.report.create({
        data: {
          departmentId: initiative.departmentId,
          week: "2024-W47",
          reportDate: "2024-11-23",
          title: "t",
          rawText: "x",
          contentHash: "h2",
        },
      }),
    ).rejects.toThrow();
    await expect(
      db.initiativeAlias.create({
        data: { initiativeId: initiative.id, departmentId: initiative.departmentId, name: "x", key: "佣金存管" },
      }),
    ).rejects.toThrow();
  });

  it("cascades deletes from an initiative to its milestones and observations", async () => {
    const { db } = temp;
    const initiative = await db.initiative.findFirstOrThrow();
    await db.initiative.delete({ where: { id: initiative.id } });
    expect(await db.milestone.count()).toBe(0);
    expect(await db.milestoneObservation.count()).toBe(0);
    expect(await db.initiativeAlias.count()).toBe(0);
  });
});
