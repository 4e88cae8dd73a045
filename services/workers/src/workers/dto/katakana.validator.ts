import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

/** Full-width katakana, the long vowel mark and the middle dot; the migration checks the same. */
export const KATAKANA = /^[ァ-ヺー・]+$/u;

/** A name reading (フリガナ) in full-width katakana, as on municipal forms. */
export const IsKatakanaName = () =>
  applyDecorators(IsString(), Length(1, 100), Matches(KATAKANA, { message: '$property must be full-width katakana, like ヤマダ' }));
