/** Splits 「入力、校正, 集計」 into tags: the Japanese comma and the ASCII one both separate. */
export function parseSkillTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[、,，]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
