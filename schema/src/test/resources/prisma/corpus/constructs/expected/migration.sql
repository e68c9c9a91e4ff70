-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('LOW', 'Medium', 'high');

-- CreateTable
CREATE TABLE "NativeTypes" (
    "ID" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "char1" CHAR NOT NULL,
    "char10" CHAR(10) NOT NULL,
    "varchar" VARCHAR NOT NULL,
    "varchar255" VARCHAR(255) NOT NULL,
    "bit1" BIT NOT NULL,
    "bit8" BIT(8) NOT NULL,
    "varbit" VARBIT NOT NULL,
    "varbit16" VARBIT(16) NOT NULL,
    "uuid" UUID NOT NULL,
    "xml" XML NOT NULL,
    "inet" INET NOT NULL,
    "citext" CITEXT NOT NULL,
    "boolean" BOOLEAN NOT NULL,
    "integer" INTEGER NOT NULL,
    "smallint" SMALLINT NOT NULL,
    "oid" OID NOT NULL,
    "bigint" BIGINT NOT NULL,
    "double" DOUBLE PRECISION NOT NULL,
    "real" REAL NOT NULL,
    "decimal" DECIMAL NOT NULL,
    "decimal10_2" DECIMAL(10,2) NOT NULL,
    "money" MONEY NOT NULL,
    "timestamp" TIMESTAMP NOT NULL,
    "timestamp0" TIMESTAMP(0) NOT NULL,
    "timestamptz" TIMESTAMPTZ NOT NULL,
    "timestamptz6" TIMESTAMPTZ(6) NOT NULL,
    "date" DATE NOT NULL,
    "time" TIME NOT NULL,
    "time3" TIME(3) NOT NULL,
    "timetz" TIMETZ NOT NULL,
    "timetz2" TIMETZ(2) NOT NULL,
    "json" JSON NOT NULL,
    "jsonb" JSONB NOT NULL,
    "bytea" BYTEA NOT NULL,
    "tsv" tsvector,
    "box" box,
    "range" int4range,
    "interval" interval,
    "macaddr" macaddr,
    "cidr" cidr,
    "varcharUns" varchar(20),

    CONSTRAINT "NativeTypes_pkey" PRIMARY KEY ("ID")
);

-- CreateTable
CREATE TABLE "DefaultTypes" (
    "id" BIGSERIAL NOT NULL,
    "string" TEXT NOT NULL,
    "boolean" BOOLEAN NOT NULL,
    "int" INTEGER NOT NULL,
    "bigInt" BIGINT NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,
    "decimal" DECIMAL(65,30) NOT NULL,
    "dateTime" TIMESTAMP(3) NOT NULL,
    "json" JSONB NOT NULL,
    "bytes" BYTEA NOT NULL,
    "level" "Level" NOT NULL,
    "optional" TEXT,
    "strings" TEXT[],
    "ints" INTEGER[],
    "jsons" JSONB[],
    "levels" "Level"[],
    "dates" DATE[],
    "decimals" DECIMAL(8,3)[],

    CONSTRAINT "DefaultTypes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Defaults" (
    "id" SMALLSERIAL NOT NULL,
    "serial_big" BIGSERIAL NOT NULL,
    "intZero" INTEGER NOT NULL DEFAULT 0,
    "intNegative" INTEGER NOT NULL DEFAULT -5,
    "bigBig" BIGINT NOT NULL DEFAULT 5000000000,
    "bigNegative" BIGINT NOT NULL DEFAULT -7,
    "float" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "floatWhole" DOUBLE PRECISION NOT NULL DEFAULT 2,
    "floatNeg" DOUBLE PRECISION NOT NULL DEFAULT -0.25,
    "real" REAL NOT NULL DEFAULT 3.25,
    "decimal" DECIMAL(65,30) NOT NULL DEFAULT 12.50,
    "decimalNeg" DECIMAL(6,2) NOT NULL DEFAULT -2.5,
    "money" MONEY NOT NULL DEFAULT 9.99,
    "yes" BOOLEAN NOT NULL DEFAULT true,
    "no" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL DEFAULT 'it''s "quoted"',
    "empty" TEXT NOT NULL DEFAULT '',
    "varchar" VARCHAR(5) NOT NULL DEFAULT 'v',
    "char" CHAR(3) NOT NULL DEFAULT 'c',
    "uuidLiteral" UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
    "inet" INET NOT NULL DEFAULT '10.0.0.1',
    "citext" CITEXT NOT NULL DEFAULT 'MiXeD',
    "bits" BIT(4) NOT NULL DEFAULT '1010',
    "level" "Level" NOT NULL DEFAULT 'Medium',
    "jsonb" JSONB NOT NULL DEFAULT '{"b":1.50e1, "a" : [true, null, "x"], "bb": {}}',
    "json" JSON NOT NULL DEFAULT '[1,2]',
    "bytes" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "at" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05.678 +00:00',
    "day" DATE NOT NULL DEFAULT '2024-02-29 00:00:00 +00:00',
    "clock" TIME(0) NOT NULL DEFAULT '1970-01-01 10:11:12 +00:00',
    "now" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nowTz" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "today" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMP(3) NOT NULL,
    "generated" UUID NOT NULL DEFAULT gen_random_uuid(),
    "expression" TIMESTAMPTZ(3) NOT NULL DEFAULT (now() + '01:00:00'::interval),
    "lowered" TEXT NOT NULL DEFAULT lower('ABC'::text),
    "dbNull" TEXT DEFAULT NULL,
    "opaque" INTEGER NOT NULL,
    "clientUuid" TEXT NOT NULL,
    "clientUuid7" UUID NOT NULL,
    "clientCuid" TEXT NOT NULL,
    "clientCuid2" TEXT NOT NULL,
    "clientNanoid" TEXT NOT NULL,
    "clientUlid" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY['a', 'b''c']::TEXT[],
    "shortTags" VARCHAR(3)[] DEFAULT ARRAY['x']::VARCHAR(3)[],
    "ints" INTEGER[] DEFAULT ARRAY[1, -2, 3]::INTEGER[],
    "bigs" BIGINT[] DEFAULT ARRAY[1, -2]::BIGINT[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, 2]::DOUBLE PRECISION[],
    "decimals" DECIMAL(65,30)[] DEFAULT ARRAY[3, -1.5, 2.25]::DECIMAL(65,30)[],
    "flags" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "levels" "Level"[] DEFAULT ARRAY['LOW', 'high']::"Level"[],
    "noLevels" "Level"[] DEFAULT ARRAY[]::"Level"[],
    "noJsons" JSONB[] DEFAULT ARRAY[]::JSONB[],
    "jsonList" JSONB[] DEFAULT ARRAY['{}', '[1, 2]']::JSONB[],
    "noDates" TIMESTAMP(3)[] DEFAULT ARRAY[]::TIMESTAMP(3)[],
    "noDecimals" DECIMAL(65,30)[] DEFAULT ARRAY[]::DECIMAL(65,30)[],
    "noChars" CHAR(2)[] DEFAULT ARRAY[]::CHAR(2)[],
    "noInts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "Defaults_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indexed" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "ip" INET NOT NULL,
    "doc" JSONB NOT NULL,
    "tags" INTEGER[],
    "at" TIMESTAMPTZ(6) NOT NULL,
    "seq" BIGINT NOT NULL,
    "path" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "user" TEXT NOT NULL,
    "MixedCase" TEXT NOT NULL,

    CONSTRAINT "indexed_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNamesItDerives" (
    "id" SERIAL NOT NULL,
    "aColumnWhoseNameIsAlsoRatherLongToSeeHowPrismaCutsIndexNames" INTEGER NOT NULL,
    "anotherFairlyLongColumnName" INTEGER NOT NULL,
    "parent_id" INTEGER,

    CONSTRAINT "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNa_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "spouse_id" INTEGER,
    "mentor_id" INTEGER,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "person_id" INTEGER NOT NULL,
    "bio" TEXT NOT NULL,
    "legacy" TEXT,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "Group" (
    "slug" VARCHAR(30) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Region" (
    "country" CHAR(2) NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("country","code")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" SERIAL NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" VARCHAR(10) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ignored" (
    "id" INTEGER NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Ignored_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Friends" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Friends_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GroupToPerson" (
    "A" VARCHAR(30) NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GroupToPerson_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indexed_order_key" ON "Indexed"("order" DESC);

-- CreateIndex
CREATE INDEX "indexed_name_trgm" ON "Indexed" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Indexed_name_idx" ON "Indexed" USING HASH ("name");

-- CreateIndex
CREATE INDEX "Indexed_ip_idx" ON "Indexed" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "indexed_ip_spgist" ON "Indexed" USING SPGIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Indexed_path_idx" ON "Indexed" USING SPGIST ("path" text_ops);

-- CreateIndex
CREATE INDEX "indexed_doc_ops" ON "Indexed" USING GIN ("doc" jsonb_ops);

-- CreateIndex
CREATE INDEX "indexed_doc_path" ON "Indexed" USING GIN ("doc" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Indexed_tags_idx" ON "Indexed" USING GIN ("tags" array_ops);

-- CreateIndex
CREATE INDEX "Indexed_at_idx" ON "Indexed" USING BRIN ("at" timestamptz_minmax_ops);

-- CreateIndex
CREATE INDEX "indexed_at_bloom" ON "Indexed" USING BRIN ("at" timestamptz_bloom_ops);

-- CreateIndex
CREATE INDEX "Indexed_seq_idx" ON "Indexed" USING BRIN ("seq" int8_minmax_multi_ops);

-- CreateIndex
CREATE INDEX "indexed_ip_brin" ON "Indexed" USING BRIN ("ip" inet_inclusion_ops);

-- CreateIndex
CREATE INDEX "Indexed_code_name_idx" ON "Indexed"("code" DESC, "name" ASC);

-- CreateIndex
CREATE INDEX "Indexed By User" ON "Indexed"("user", "MixedCase");

-- CreateIndex
CREATE UNIQUE INDEX "indexed_code_name" ON "Indexed"("code", "name");

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNam_idx" ON "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNamesItDerives"("anotherFairlyLongColumnName");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNam_key" ON "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNamesItDerives"("aColumnWhoseNameIsAlsoRatherLongToSeeHowPrismaCutsIndexNames", "anotherFairlyLongColumnName");

-- CreateIndex
CREATE UNIQUE INDEX "people_handle_key" ON "people"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "people_spouse_id_key" ON "people"("spouse_id");

-- CreateIndex
CREATE INDEX "Office_country_region_idx" ON "Office"("country", "region");

-- CreateIndex
CREATE INDEX "_Friends_B_index" ON "_Friends"("B");

-- CreateIndex
CREATE INDEX "_GroupToPerson_B_index" ON "_GroupToPerson"("B");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNamesItDerives" ADD CONSTRAINT "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNa_fkey" FOREIGN KEY ("parent_id") REFERENCES "AVeryLongModelNameThatKeepsGoingUntilPostgresHasToCutTheNamesItDerives"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_spouse_id_fkey" FOREIGN KEY ("spouse_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "people"("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "office_region_fk" FOREIGN KEY ("country", "region") REFERENCES "Region"("country", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Friends" ADD CONSTRAINT "_Friends_A_fkey" FOREIGN KEY ("A") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Friends" ADD CONSTRAINT "_Friends_B_fkey" FOREIGN KEY ("B") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

