import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The injection token of the 32-byte key (WorkersAppOptions.dataKey). */
export const WORKER_DATA_KEY = Symbol('WORKER_DATA_KEY');

export interface SealedText {
  iv: Buffer;
  ciphertext: Buffer;
  authTag: Buffer;
}

/**
 * AES-256-GCM for 要配慮個人情報 (sensitive personal data). A database dump or a replica alone
 * does not reveal it: the key lives only in the node's configuration. The associated data binds
 * a ciphertext to its row, so copying one worker's sealed notes onto another fails to open.
 */
@Injectable()
export class SensitiveDataCipher {
  constructor(@Inject(WORKER_DATA_KEY) private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The worker data key must be 32 bytes');
  }

  seal(plaintext: string, boundTo: string): SealedText {
    // A fresh 96-bit IV per message: GCM breaks if an IV repeats under one key.
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { iv, ciphertext, authTag: cipher.getAuthTag() };
  }

  open(sealed: SealedText, boundTo: string): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.iv);
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }
}
