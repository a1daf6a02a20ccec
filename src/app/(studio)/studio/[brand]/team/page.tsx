// The brand's team: who may do what. Owners invite, change roles and remove; managers and viewers see the
// list.
import { can, ROLES, teamOf, INVITATION_DAYS } from "@/server/distribution";
import { Badge, Card, EmptyState, Field, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { formatDateTime } from "@/components/format";
import { clock } from "@/server/platform/clock";
import { studioBrand } from "../../_lib/guard";
import { studioLocale, studioT } from "../../_lib/locale";
import { changeRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("areas.team") };
}

const roleSelect = "rounded-lg border border-zinc-300 bg-white px-3 py-2";

export default async function Team({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand, role, user } = await studioBrand(slug, "brand:read");
  const manages = can(role, "team:write");
  const [{ members, invitations }, t, locale] = await Promise.all([
    teamOf(brand.id, clock.now()),
    studioT("shell"),
    studioLocale(),
  ]);
  const day = (d: Date) => formatDateTime(d, "UTC", { dateStyle: "medium" }, locale);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <PageTitle sub={manages ? t("team.subManages") : t("team.subReads")}>{t("areas.team")}</PageTitle>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">{t("team.members")}</h2>
        <ul className="divide-y divide-zinc-100" aria-label={t("team.members")}>
          {members.map((m) => (
            <li
              key={m.id}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
              data-member={m.email}
            >
              <div>
                <p className="font-medium">
                  {m.name || m.email} {m.userId === user.id ? <Badge>{t("team.you")}</Badge> : null}
                </p>
                <p className="text-sm text-zinc-600">
                  {m.email} · {t("team.since", { date: day(m.since) })}
                </p>
              </div>
              {manages ? (
                <div className="flex flex-wrap items-start gap-2">
                  <ActionForm
                    action={changeRoleAction.bind(null, brand.slug, m.id)}
                    submit={t("team.changeRole")}
                    pendingLabel={t("saving")}
                    className="flex items-start gap-2"
                    resetOnSuccess={false}
                  >
                    <label className="sr-only" htmlFor={`role-${m.id}`}>
                      {t("team.roleOf", { email: m.email })}
                    </label>
                    <select id={`role-${m.id}`} name="role" defaultValue={m.role} className={roleSelect}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`roles.${r}.label`)}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                  <ActionForm
                    action={removeMemberAction.bind(null, brand.slug, m.id)}
                    submit={m.userId === user.id ? t("team.leave") : t("team.remove")}
                    pendingLabel={t("saving")}
                    className="flex items-start gap-2"
                  >
                    <span className="sr-only">{t("team.removeWho", { email: m.email })}</span>
                  </ActionForm>
                </div>
              ) : (
                <Badge tone={m.role === "owner" ? "violet" : "zinc"}>{t(`roles.${m.role}.label`)}</Badge>
              )}
            </li>
          ))}
        </ul>
      </Card>
      {manages ? (
        <>
          <Card>
            <h2 className="mb-1 font-semibold">{t("team.invite.title")}</h2>
            <p className="mb-4 text-sm text-zinc-600">{t("team.invite.intro", { days: INVITATION_DAYS })}</p>
            <ActionForm
              action={inviteMemberAction.bind(null, brand.slug)}
              submit={t("team.invite.submit")}
              pendingLabel={t("sending")}
            >
              <Field label={t("account.email")} name="email" type="email" autoComplete="off" required />
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-1 text-sm font-medium">{t("team.invite.role")}</legend>
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
                      <span className="font-medium">{t(`roles.${r}.label`)}</span> — {t(`roles.${r}.can`)}
                    </span>
                  </label>
                ))}
              </fieldset>
            </ActionForm>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("team.open.title")}</h2>
            {invitations.length === 0 ? (
              <EmptyState title={t("team.open.none")}>{t("team.open.noneHint")}</EmptyState>
            ) : (
              <ul className="divide-y divide-zinc-100" aria-label={t("team.open.title")}>
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">
                        {i.email} <Badge>{t(`roles.${i.role}.label`)}</Badge>
                      </p>
                      <p className="text-sm text-zinc-600">
                        {t("team.open.expires", {
                          when: formatDateTime(i.expiresAt, "UTC", undefined, locale),
                        })}
                      </p>
                    </div>
                    <ActionForm
                      action={revokeInvitationAction.bind(null, brand.slug, i.id)}
                      submit={t("team.open.withdraw")}
                      pendingLabel={t("saving")}
                      className="flex items-start gap-2"
                    >
                      <span className="sr-only">{t("team.open.withdrawWho", { email: i.email })}</span>
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
