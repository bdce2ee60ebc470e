-- Plans are edited in the content studio (drafts, revisions, scheduled publishing).
ALTER TYPE "ContentKind" ADD VALUE 'PLAN';
