/**
 * Who may call which procedure — the expected table the authorization test compares against.
 * Adding a procedure without a row here fails that test (server/authorization.int.test.ts).
 *
 * Columns: anonymous, owner of workspace A, member of workspace A, owner of workspace B (calling
 * with A's ids), designer, admin. "Y" = reaches the procedure, "-" = refused (401/403).
 * Workspace procedures are called on workspace A.
 */
export const roles = ["anonymous", "ownerA", "memberA", "ownerB", "designer", "admin"] as const;
export type Role = (typeof roles)[number];

// prettier-ignore
export const expectedAccess: Record<string, string> = {
  //                                    anon ownerA memberA ownerB designer admin
  "account.me": "-YYYYY",
  "account.update": "-YYYYY",
  "account.sessions": "-YYYYY",
  "account.revokeSession": "-YYYYY",
  "account.revokeOtherSessions": "-YYYYY",
  "account.requestEmailChange": "-YYYYY",
  "account.confirmEmailChange": "-YYYYY",
  "account.delete": "-YYYYY",
  "admin.users": "-----Y",
  "admin.setStaffRole": "-----Y",
  "admin.workspaces": "-----Y",
  "admin.createWorkspace": "-----Y",
  "admin.audit": "-----Y",
  "blog.list": "YYYYYY",
  "blog.tags": "YYYYYY",
  "blog.bySlug": "YYYYYY",
  "blog.update": "-----Y",
  "blog.setStatus": "-----Y",
  "customers.list": "YYYYYY",
  "customers.bySlug": "YYYYYY",
  "faq.list": "YYYYYY",
  "faq.update": "-----Y",
  "glossary.list": "YYYYYY",
  "glossary.index": "YYYYYY",
  "glossary.bySlug": "YYYYYY",
  "glossary.update": "-----Y",
  "glossary.setStatus": "-----Y",
  "heroRedesign.queue": "----YY",
  "heroRedesign.claim": "----YY",
  "heroRedesign.attachImage": "----YY",
  "heroRedesign.deliver": "----YY",
  "leads.submitContact": "YYYYYY",
  "leads.requestHeroRedesign": "YYYYYY",
  "leads.heroStatus": "YYYYYY",
  "leads.list": "----YY",
  "leads.byId": "----YY",
  "leads.moveStage": "----YY",
  "leads.assign": "----YY",
  "leads.addNote": "----YY",
  "leads.staff": "----YY",
  "leads.funnel": "----YY",
  "plans.list": "YYYYYY",
  "search.query": "YYYYYY",
  "services.list": "YYYYYY",
  "services.bySlug": "YYYYYY",
  "tokens.list": "-YYYYY",
  "tokens.create": "-YYYYY",
  "tokens.revoke": "-YYYYY",
  "workspace.mine": "-YYYYY",
  "workspace.switch": "-YY---",
  "workspace.members": "-YY---",
  "workspace.invitations": "-Y----",
  "workspace.invite": "-Y----",
  "workspace.revokeInvitation": "-Y----",
  "workspace.invitationPreview": "YYYYYY",
  "workspace.acceptInvitation": "-YYYYY",
  "workspace.removeMember": "-Y----",
  "workspace.changeRole": "-Y----",
  "workspace.leave": "-YY---",
};
