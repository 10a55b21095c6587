import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ApiKey', { description: 'A key for a venue’s own software, scoped to one offerer' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offererId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to tell keys apart' })
  displayPrefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  key!: ApiKeyType;

  @Field(() => String, {
    description: 'Shown this once: send it as `Authorization: Bearer <secret>`',
  })
  secret!: string;
}
