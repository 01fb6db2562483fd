import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Reversed transfers are marked, never deleted: the columns that say when and why. */
export class FundingTransferReversal1732700000010 implements MigrationInterface {
  name = 'FundingTransferReversal1732700000010';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('funding_transfer', [
      new TableColumn({ name: 'reversed_at', type: 'varchar', length: '30', isNullable: true }),
      new TableColumn({
        name: 'reversal_reason',
        type: 'varchar',
        length: '500',
        isNullable: true,
      }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('funding_transfer', 'reversal_reason');
    await runner.dropColumn('funding_transfer', 'reversed_at');
  }
}
