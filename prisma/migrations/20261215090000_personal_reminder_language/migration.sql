-- Languages (issue 14): a personal reminder ("remind me China 30m") is sent as a direct message in
-- the language the person asked in. Null is English, as every reminder made before this was.
-- Plain, portable SQL: the same statement runs on SQLite and PostgreSQL.

-- AlterTable
ALTER TABLE "PersonalReminder" ADD COLUMN "lang" TEXT;
