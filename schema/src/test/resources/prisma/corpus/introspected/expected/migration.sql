-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('student', 'instructor', 'teaching_assistant', 'admin');

-- CreateEnum
CREATE TYPE "course_level" AS ENUM ('beginner', 'intermediate', 'advanced');

-- CreateEnum
CREATE TYPE "enrollment_state" AS ENUM ('invited', 'active', 'completed', 'dropped', 'expired');

-- CreateEnum
CREATE TYPE "lesson_kind" AS ENUM ('video', 'article', 'quiz', 'assignment', 'live_session');

-- CreateEnum
CREATE TYPE "submission_state" AS ENUM ('draft', 'submitted', 'graded', 'returned', 'late');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "external_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" VARCHAR(255) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'student',
    "password_digest" VARCHAR(255),
    "confirmed_at" TIMESTAMP(6),
    "last_sign_in_ip" INET,
    "preferences" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_users" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "domain" VARCHAR(255),
    "seats" INTEGER NOT NULL DEFAULT 10,
    "created_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_organizations" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_members" (
    "organization_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "is_manager" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "pk_organization_members" PRIMARY KEY ("organization_id","user_id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" SERIAL NOT NULL,
    "parent_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(100) NOT NULL,

    CONSTRAINT "pk_categories" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER,
    "category_id" INTEGER,
    "instructor_id" INTEGER NOT NULL,
    "reviewer_id" INTEGER,
    "code" VARCHAR(20) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "summary" TEXT,
    "level" "course_level" NOT NULL DEFAULT 'beginner',
    "price" DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(6),
    "search" tsvector,
    "tags" VARCHAR(40)[] DEFAULT ARRAY[]::VARCHAR(40)[],
    "created_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_courses" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_prerequisites" (
    "course_id" INTEGER NOT NULL,
    "required_course_id" INTEGER NOT NULL,
    "minimum_grade" DECIMAL(5,2),

    CONSTRAINT "pk_course_prerequisites" PRIMARY KEY ("course_id","required_course_id")
);

-- CreateTable
CREATE TABLE "sections" (
    "id" SERIAL NOT NULL,
    "course_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "title" VARCHAR(200) NOT NULL,

    CONSTRAINT "pk_sections" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lessons" (
    "id" BIGSERIAL NOT NULL,
    "section_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "kind" "lesson_kind" NOT NULL DEFAULT 'article',
    "title" VARCHAR(300) NOT NULL,
    "body" TEXT,
    "video_url" TEXT,
    "duration_seconds" INTEGER,
    "free_preview" BOOLEAN NOT NULL DEFAULT false,
    "resources" JSONB[],

    CONSTRAINT "pk_lessons" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quizzes" (
    "lesson_id" BIGINT NOT NULL,
    "pass_mark" SMALLINT NOT NULL DEFAULT 70,
    "time_limit" interval,
    "shuffle" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "pk_quizzes" PRIMARY KEY ("lesson_id")
);

-- CreateTable
CREATE TABLE "quiz_questions" (
    "id" SERIAL NOT NULL,
    "quiz_id" BIGINT NOT NULL,
    "position" SMALLINT NOT NULL,
    "prompt" TEXT NOT NULL,
    "choices" JSONB NOT NULL DEFAULT '[]',
    "answer_keys" SMALLINT[],
    "points" DECIMAL(5,2) NOT NULL DEFAULT 1,

    CONSTRAINT "pk_quiz_questions" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignments" (
    "lesson_id" BIGINT NOT NULL,
    "instructions" TEXT NOT NULL,
    "due_after" SMALLINT,
    "max_points" DECIMAL(6,2) NOT NULL DEFAULT 100,

    CONSTRAINT "pk_assignments" PRIMARY KEY ("lesson_id")
);

-- CreateTable
CREATE TABLE "enrollments" (
    "id" BIGSERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "course_id" INTEGER NOT NULL,
    "state" "enrollment_state" NOT NULL DEFAULT 'active',
    "enrolled_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    "progress" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "coupon_code" VARCHAR(30),

    CONSTRAINT "pk_enrollments" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lesson_progress" (
    "enrollment_id" BIGINT NOT NULL,
    "lesson_id" BIGINT NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(6),
    "seconds_spent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "pk_lesson_progress" PRIMARY KEY ("enrollment_id","lesson_id")
);

-- CreateTable
CREATE TABLE "quiz_attempts" (
    "id" BIGSERIAL NOT NULL,
    "enrollment_id" BIGINT NOT NULL,
    "quiz_id" BIGINT NOT NULL,
    "attempt_no" SMALLINT NOT NULL DEFAULT 1,
    "score" DECIMAL(6,2),
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(6),

    CONSTRAINT "pk_quiz_attempts" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quiz_answers" (
    "attempt_id" BIGINT NOT NULL,
    "question_id" INTEGER NOT NULL,
    "chosen" SMALLINT[],
    "correct" BOOLEAN,

    CONSTRAINT "pk_quiz_answers" PRIMARY KEY ("attempt_id","question_id")
);

-- CreateTable
CREATE TABLE "submissions" (
    "id" BIGSERIAL NOT NULL,
    "assignment_id" BIGINT NOT NULL,
    "student_id" INTEGER NOT NULL,
    "grader_id" INTEGER,
    "state" "submission_state" NOT NULL DEFAULT 'draft',
    "body" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "points" DECIMAL(6,2),
    "feedback" TEXT,
    "submitted_at" TIMESTAMPTZ(6),
    "graded_at" TIMESTAMPTZ(6),

    CONSTRAINT "pk_submissions" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_threads" (
    "id" SERIAL NOT NULL,
    "course_id" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_forum_threads" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_posts" (
    "id" BIGSERIAL NOT NULL,
    "thread_id" INTEGER NOT NULL,
    "author_id" INTEGER,
    "parent_id" BIGINT,
    "body" TEXT NOT NULL,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_forum_posts" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" INTEGER NOT NULL,
    "course_id" INTEGER NOT NULL,
    "serial" VARCHAR(32) NOT NULL,
    "issued_on" DATE NOT NULL DEFAULT CURRENT_DATE,
    "grade" DECIMAL(5,2),

    CONSTRAINT "pk_certificates" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "code" VARCHAR(30) NOT NULL,
    "course_id" INTEGER,
    "percent_off" SMALLINT NOT NULL,
    "valid_until" DATE,
    "redemptions" INTEGER NOT NULL DEFAULT 0,
    "max_uses" INTEGER,

    CONSTRAINT "pk_coupons" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" BIGSERIAL NOT NULL,
    "enrollment_id" BIGINT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "provider" VARCHAR(30) NOT NULL,
    "provider_ref" VARCHAR(100),
    "paid_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raw_response" JSON,

    CONSTRAINT "pk_payments" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" VARCHAR(50) NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "read_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_notifications" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "scopes" VARCHAR(30)[] DEFAULT ARRAY['read']::VARCHAR(30)[],
    "expires_at" TIMESTAMPTZ(6),

    CONSTRAINT "pk_api_tokens" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(60) NOT NULL,
    "table_name" VARCHAR(63) NOT NULL,
    "row_id" TEXT,
    "old_values" JSONB,
    "new_values" JSONB
);

-- CreateTable
CREATE TABLE "schema_migrations" (
    "version" VARCHAR(14) NOT NULL,
    "applied_at" TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pk_schema_migrations" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE UNIQUE INDEX "uq_users_external_id" ON "users"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_users_email" ON "users"("email");

-- CreateIndex
CREATE INDEX "ix_users_role_created" ON "users"("role", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "uq_organizations_domain" ON "organizations"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "uq_categories_slug" ON "categories"("slug");

-- CreateIndex
CREATE INDEX "ix_courses_search" ON "courses" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ix_courses_category_level" ON "courses"("category_id", "level");

-- CreateIndex
CREATE INDEX "ix_courses_published_at" ON "courses"("published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "uq_courses_org_code" ON "courses"("organization_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "uq_sections_course_position" ON "sections"("course_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "uq_lessons_section_position" ON "lessons"("section_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "uq_quiz_questions_position" ON "quiz_questions"("quiz_id", "position");

-- CreateIndex
CREATE INDEX "ix_enrollments_course_state" ON "enrollments"("course_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "uq_enrollments_user_course" ON "enrollments"("user_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_attempts_number" ON "quiz_attempts"("enrollment_id", "quiz_id", "attempt_no");

-- CreateIndex
CREATE INDEX "ix_submissions_assignment_state" ON "submissions"("assignment_id", "state");

-- CreateIndex
CREATE INDEX "ix_submissions_grader" ON "submissions"("grader_id");

-- CreateIndex
CREATE INDEX "ix_threads_course" ON "forum_threads"("course_id", "pinned", "created_at" DESC);

-- CreateIndex
CREATE INDEX "ix_posts_thread_created" ON "forum_posts"("thread_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "uq_certificates_serial" ON "certificates"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "uq_certificates_user_course" ON "certificates"("user_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_payments_provider_ref" ON "payments"("provider", "provider_ref");

-- CreateIndex
CREATE INDEX "ix_notifications_unread" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "ix_notifications_created_brin" ON "notifications" USING BRIN ("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "uq_api_tokens_hash" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "ix_audit_log_row" ON "audit_log"("table_name", "row_id");

-- AddForeignKey
ALTER TABLE "organization_members" ADD CONSTRAINT "fk_org_members_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "organization_members" ADD CONSTRAINT "fk_org_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "fk_categories_parent" FOREIGN KEY ("parent_id") REFERENCES "categories"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_category" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_instructor" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "course_prerequisites" ADD CONSTRAINT "fk_prereq_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "course_prerequisites" ADD CONSTRAINT "fk_prereq_required" FOREIGN KEY ("required_course_id") REFERENCES "courses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "sections" ADD CONSTRAINT "fk_sections_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "lessons" ADD CONSTRAINT "fk_lessons_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "quizzes" ADD CONSTRAINT "fk_quizzes_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "quiz_questions" ADD CONSTRAINT "fk_quiz_questions_quiz" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("lesson_id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "fk_assignments_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_coupon" FOREIGN KEY ("coupon_code") REFERENCES "coupons"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "fk_progress_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "fk_progress_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "fk_attempts_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "quiz_answers" ADD CONSTRAINT "fk_answers_attempt" FOREIGN KEY ("attempt_id") REFERENCES "quiz_attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "quiz_answers" ADD CONSTRAINT "fk_answers_question" FOREIGN KEY ("question_id") REFERENCES "quiz_questions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "fk_submissions_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("lesson_id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "fk_submissions_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "fk_submissions_grader" FOREIGN KEY ("grader_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "forum_threads" ADD CONSTRAINT "fk_threads_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "forum_posts" ADD CONSTRAINT "fk_posts_thread" FOREIGN KEY ("thread_id") REFERENCES "forum_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "forum_posts" ADD CONSTRAINT "fk_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "forum_posts" ADD CONSTRAINT "fk_posts_parent" FOREIGN KEY ("parent_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "fk_coupons_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "fk_payments_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "fk_api_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

