// The brand's team: who may do what. Owners invite, change roles and remove; managers and viewers see the
// list.
import { can, ROLES, ROLE_LABELS, teamOf, INVITATION_DAYS } from "@/server/distribution";
import { Badge, Card, EmptyState, Field, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { formatDateTime } from "@/components/format";
import { clock } from "@/server/platform/clock";
import { studioBrand } from "../../_lib/guard";
import { changeRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const metadata = { title: "Team" };

const roleSelect = "rounded-lg border border-zinc-300 bg-white px-3 py-2";

export default async function Team({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand, role, user } = await studioBrand(slug, "brand:read");
  const manages = can(role, "team:write");
  const { members, invitations } = await teamOf(brand.id, clock.now());
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <PageTitle
          sub={
            manages
              ? "Invite people with the role they need; every page and action checks it."
              : "Only owners change the team."
          }
        >
          Team
        </PageTitle>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">Members</h2>
        <ul className="divide-y divide-zinc-100" aria-label="Members">
          {members.map((m) => (
            <li
              key={m.id}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
              data-member={m.email}
            >
              <div>
                <p className="font-medium">
                  {m.name || m.email} {m.userId === user.id ? <Badge>you</Badge> : null}
                </p>
                <p className="text-sm text-zinc-600">
                  {m.email} · since {formatDateTime(m.since, "UTC").split(",")[0]}
                </p>
              </div>
              {manages ? (
                <div className="flex flex-wrap items-start gap-2">
                  <ActionForm
                    action={changeRoleAction.bind(null, brand.slug, m.id)}
                    submit="Change role"
                    className="flex items-start gap-2"
                    resetOnSuccess={false}
                  >
                    <label className="sr-only" htmlFor={`role-${m.id}`}>
                      Role of {m.email}
                    </label>
                    <select id={`role-${m.id}`} name="role" defaultValue={m.role} className={roleSelect}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r].label}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                  <ActionForm
                    action={removeMemberAction.bind(null, brand.slug, m.id)}
                    submit={m.userId === user.id ? "Leave" : "Remove"}
                    className="flex items-start gap-2"
                  >
                    <span className="sr-only">Remove {m.email}</span>
                  </ActionForm>
                </div>
              ) : (
                <Badge tone={m.role === "owner" ? "violet" : "zinc"}>{ROLE_LABELS[m.role].label}</Badge>
              )}
            </li>
          ))}
        </ul>
      </Card>
      {manages ? (
        <>
          <Card>
            <h2 className="mb-1 font-semibold">Invite someone</h2>
            <p className="mb-4 text-sm text-zinc-600">
              They get an e-mail with a link that works for {INVITATION_DAYS} days; they accept it signed in
              with that address (or create an account for it).
            </p>
            <ActionForm
              action={inviteMemberAction.bind(null, brand.slug)}
              submit="Send invitation"
              pendingLabel="Sending…"
            >
              <Field label="E-mail" name="email" type="email" autoComplete="off" required />
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-1 text-sm font-medium">Role</legend>
                {ROLES.map((r) => (
                  <label key={r} className="flex items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name="role"
                      value={r}
                      defaultChecked={r === "manager"}
                      className="mt-1"
                    />
                    <span>
                      <span className="font-medium">{ROLE_LABELS[r].label}</span> — {ROLE_LABELS[r].can}
                    </span>
                  </label>
                ))}
              </fieldset>
            </ActionForm>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Open invitations</h2>
            {invitations.length === 0 ? (
              <EmptyState title="None open">
                Invitations you send appear here until they are accepted, withdrawn or expire.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-zinc-100" aria-label="Open invitations">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">
                        {i.email} <Badge>{ROLE_LABELS[i.role].label}</Badge>
                      </p>
                      <p className="text-sm text-zinc-600">
                        Expires {formatDateTime(i.expiresAt, "UTC")} UTC
                      </p>
                    </div>
                    <ActionForm
                      action={revokeInvitationAction.bind(null, brand.slug, i.id)}
                      submit="Withdraw"
                      className="flex items-start gap-2"
                    >
                      <span className="sr-only">Withdraw the invitation to {i.email}</span>
                    </ActionForm>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
