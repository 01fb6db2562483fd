import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { TargetPicture } from './target-picture.entity';

export async function seedTargetPictures(manager: EntityManager) {
  await manager.insert(TargetPicture, dataFile<TargetPicture[]>('target-pictures.json'));
}
