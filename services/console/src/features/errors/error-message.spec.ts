import i18next from 'i18next';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  const i18n = i18next.createInstance();
  beforeAll(() =>
    i18n.init({ resources: { ja: { translation: ja }, en: { translation: en } }, lng: 'ja', interpolation: { escapeValue: false } }),
  );

  it('has a Japanese sentence for a known code', () => {
    expect(errorMessage(i18n.t, { extensions: { code: 'FORBIDDEN' } })).toBe('この操作を行う権限がありません。');
  });

  it('names the member whose node is down', () => {
    expect(errorMessage(i18n.t, { extensions: { code: 'NODE_UNAVAILABLE', orgId: 'itoigawa' } })).toContain(
      'itoigawa のサーバーに接続できません',
    );
  });

  it('shows an unknown code with the code, never an empty message', () => {
    expect(errorMessage(i18n.t, { extensions: { code: 'SOMETHING_NEW' } })).toBe('エラーが発生しました（SOMETHING_NEW）');
  });

  it('treats an error without a code as a server problem', () => {
    expect(errorMessage(i18n.t, { message: 'boom' })).toBe(ja.errors.INTERNAL_SERVER_ERROR);
  });
});
