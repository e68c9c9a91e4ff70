package dev.dbmirror.schema.prisma;

/**
 * The database type of a scalar or enum field, without the {@code []} of a list.
 *
 * @param scalar   the Prisma scalar type, or {@code null} for an enum or {@code Unsupported}
 * @param nativeType the {@code @db.*} name, or {@code null} for the scalar's default type
 * @param text     the type as the database prints it ({@code character varying(255)}, {@code public.Role})
 * @param castName the type as a printed default names it after {@code ::} when it has no length
 *                 ({@code character varying}, {@code bpchar}, {@code "Role"})
 * @param typed    the type with its length or precision as a cast prints it ({@code character(3)})
 */
record ColumnType(Scalar scalar, String nativeType, String text, String castName, String typed) {

    /** Prisma's scalar types. */
    enum Scalar {
        STRING("String"), BOOLEAN("Boolean"), INT("Int"), BIGINT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"),
        DATETIME("DateTime"), JSON("Json"), BYTES("Bytes");

        final String prismaName;

        Scalar(String prismaName) {
            this.prismaName = prismaName;
        }

        static Scalar named(String name) {
            for (Scalar s : values()) {
                if (s.prismaName.equals(name)) {
                    return s;
                }
            }
            return null;
        }
    }

    boolean isEnum() {
        return scalar == null && castName != null;
    }

    boolean is(Scalar s) {
        return scalar == s;
    }
}
