import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { homeWhileActing } from '../../app/acting-for';
import { AREAS } from '../../app/areas';
import { homePathOf, type Session } from '../../app/session';
import { useSession } from '../../app/use-session';
import { useActingFor, type ActableMember } from './ActingForProvider';

/** The screen to open after a switch: the member's first delegated screen, or the person's own home. */
export function landingAfterSwitch(session: Session, member: Pick<ActableMember, 'delegatedFunctions'> | null): string {
  if (!member) return homePathOf(session);
  const byRole = AREAS.flatMap((area) => area.nav).filter((item) => item.roles.some((role) => session.roles.includes(role)));
  return homeWhileActing(byRole, member.delegatedFunctions) ?? homePathOf(session);
}

/**
 * 代理先の切替: in the header, for a partner operator's staff. A plain select, so a keyboard
 * reaches and works it like any form field; switching clears what the screens had loaded.
 */
export function ActingForSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { members, member, ownName, switchTo } = useActingFor();
  const options = member && !members.some((m) => m.id === member.id) ? [...members, member] : members;

  async function change(orgId: string | null) {
    await switchTo(orgId);
    void navigate(landingAfterSwitch(session, options.find((m) => m.id === orgId) ?? null));
  }

  return (
    <NativeSelect
      aria-label={t('acting.switcherLabel')}
      data-testid="acting-switcher"
      size="sm"
      maw={220}
      value={member?.id ?? ''}
      onChange={(event) => void change(event.currentTarget.value || null)}
      data={[
        { value: '', label: t('acting.own', { org: ownName ?? session.orgId ?? '' }) },
        ...options.map((m) => ({ value: m.id, label: m.name })),
      ]}
    />
  );
}
