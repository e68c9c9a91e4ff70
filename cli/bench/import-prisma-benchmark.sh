#!/usr/bin/env bash
# Times `dbmirror import-prisma` through the launcher on a generated schema of MODELS models
# (default 200): ROUNDS runs (default 21), each a fresh JVM writing a fresh mirror; prints the median
# and best wall time and CPU time (needs /usr/bin/time). Build first: ./mvnw -B -q package -pl cli -am -DskipTests
set -euo pipefail
models=${1:-200}
rounds=${2:-21}
root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=$root/cli/target/dbmirror
work=$root/cli/target/bench/prisma-$models
[ -x "$launcher" ] || { echo "build the CLI first: ./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 1; }
mkdir -p "$work"
schema=$work/schema.prisma

# Each model: 12 fields (uuid, serial-free ids, varchar, decimal, enum, Json, timestamps, a list), @map on
# every field, a unique and a two-column index, a foreign key to the model before it; every 10th model
# also an implicit many-to-many relation with the model 5 before it.
{
  printf 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
  printf 'enum Status {\n  ACTIVE @map("active")\n  PAUSED @map("paused")\n  CLOSED @map("closed")\n\n  @@map("status")\n}\n'
  for ((i = 1; i <= models; i++)); do
    printf '\n/// Model %d of the benchmark.\nmodel M%d {\n' "$i" "$i"
    printf '  id        String   @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid\n'
    printf '  code      String   @unique @db.VarChar(40)\n'
    printf '  title     String   @map("title_text")\n'
    printf '  amount    Decimal  @default(0) @db.Decimal(12, 2)\n'
    printf '  quantity  Int      @default(1) @map("qty")\n'
    printf '  active    Boolean  @default(true) @map("is_active")\n'
    printf '  status    Status   @default(ACTIVE)\n'
    printf '  data      Json     @default("{}")\n'
    printf '  tags      String[] @default([])\n'
    printf '  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)\n'
    printf '  updatedAt DateTime @updatedAt @map("updated_at")\n'
    if ((i > 1)); then
      printf '  parentId  String?  @map("parent_id") @db.Uuid\n'
      printf '  parent    M%d?     @relation(fields: [parentId], references: [id], onDelete: SetNull)\n' $((i - 1))
    fi
    if ((i < models)); then printf '  children  M%d[]\n' $((i + 1)); fi
    if ((i % 10 == 0)); then printf '  peers     M%d[]\n' $((i - 5)); fi
    if ((i % 10 == 5 && i + 5 <= models)); then printf '  peersOf   M%d[]\n' $((i + 5)); fi
    printf '\n  @@index([status, createdAt(sort: Desc)])\n  @@map("m%d")\n}\n' "$i"
  done
} > "$schema"

# wall and CPU time (user + system) of each run; on a busy machine the CPU time says more
walls=()
cpus=()
start_load=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < rounds; r++)); do
  rm -f "$work/tables.json"
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$launcher" import-prisma "$schema" --mirror "$work/tables.json" --quiet
  read -r wall user system < "$work/time"
  walls+=("$wall")
  cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
best() { printf '%s\n' "$@" | sort -n | head -1; }
echo "import-prisma, $models models ($(grep -c '"kind"' "$work/tables.json") relations, $(wc -c < "$work/tables.json") bytes), $rounds runs:" \
     "wall median $(median "${walls[@]}") s (best $(best "${walls[@]}") s)," \
     "CPU median $(median "${cpus[@]}") s (best $(best "${cpus[@]}") s); load average $start_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
