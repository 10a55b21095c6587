import { Field, Int, ObjectType } from 'type-graphql';

/** A person's credit as the api shows it (the figures of wallet.rules.ts). */
@ObjectType()
export class Wallet {
  @Field(() => String, { description: 'Grant policy code, e.g. GRANT_2019' })
  policy!: string;

  @Field(() => Int)
  initialCents!: number;

  @Field(() => Int)
  remainingCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null when the policy has no digital cap' })
  digitalRemainingCents!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when the policy has no physical cap' })
  physicalRemainingCents!: number | null;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean)
  isExpired!: boolean;
}
