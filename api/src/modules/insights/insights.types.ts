import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType()
export class DepartmentUptake {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => String)
  departmentName!: string;

  @Field(() => Int, {
    description: 'Young people signed up and not activated yet (now, whatever the period)',
  })
  preRegistered!: number;

  @Field(() => Int, { description: 'People granted a credit in the period' })
  beneficiaries!: number;

  @Field(() => Int, { description: 'Credit granted in the period, in cents' })
  grantedCents!: number;

  @Field(() => Int, {
    description: 'Amount of the bookings made in the period and not cancelled, in cents',
  })
  spentCents!: number;

  @Field(() => Int, { description: 'Bookings made in the period and not cancelled' })
  bookings!: number;
}

export enum UptakeSide {
  /** Bookings counted where the young person lives. */
  BENEFICIARY = 'BENEFICIARY',
  /** Bookings counted where the venue is (digital offers count nationally only). */
  VENUE = 'VENUE',
}
registerEnumType(UptakeSide, { name: 'UptakeSide' });

@InputType()
export class UptakeFilter {
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); its week counts' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); its week counts' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'A category id, e.g. CINEMA' })
  categoryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Totals, categories and weeks of one department',
  })
  departmentCode?: string | null;

  @Field(() => UptakeSide, { defaultValue: UptakeSide.BENEFICIARY })
  side!: UptakeSide;
}

@ObjectType()
export class UptakeTotals {
  @Field(() => Int, { description: 'Signed up and not activated yet (now, whatever the period)' })
  preRegistered!: number;

  @Field(() => Int, { description: 'People granted their first credit in the period' })
  beneficiaries!: number;

  @Field(() => Float, { description: 'Credit granted in the period, in cents' })
  grantedCents!: number;

  @Field(() => Int, { description: 'Bookings made in the period, not cancelled' })
  bookings!: number;

  @Field(() => Float, {
    description: 'Amount of those bookings (confirmed, used, reimbursed), in cents',
  })
  spentCents!: number;
}

@ObjectType()
export class UptakeDepartment extends UptakeTotals {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  isOpen!: boolean;
}

@ObjectType()
export class UptakeCategory {
  @Field(() => String)
  categoryId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  bookings!: number;

  @Field(() => Float)
  spentCents!: number;
}

@ObjectType()
export class UptakeWeek {
  @Field(() => String, { description: 'Monday of the week (YYYY-MM-DD)' })
  week!: string;

  @Field(() => Int)
  beneficiaries!: number;

  @Field(() => Float)
  grantedCents!: number;

  @Field(() => Int)
  bookings!: number;

  @Field(() => Float)
  spentCents!: number;
}

@ObjectType()
export class UptakeDashboardType {
  @Field(() => Date, { description: 'When the figures were computed (rollups refreshed)' })
  asOf!: Date;

  @Field(() => UptakeTotals, { description: 'France, or the department filtered on' })
  totals!: UptakeTotals;

  @Field(() => [UptakeDepartment])
  departments!: UptakeDepartment[];

  @Field(() => [UptakeCategory])
  categories!: UptakeCategory[];

  @Field(() => [UptakeWeek])
  weeks!: UptakeWeek[];
}

export enum DiversityPeriodEnum {
  ALL = 'ALL',
  WEEKS_12 = 'WEEKS_12',
  WEEKS_52 = 'WEEKS_52',
}
registerEnumType(DiversityPeriodEnum, {
  name: 'DiversityPeriod',
  description: "The dashboard's periods: since the start, the last 12 or 52 weeks (whole weeks)",
});

@ObjectType()
export class DiversityFiguresType {
  @Field(() => Int, { description: 'Young people with a booking (not cancelled) in the period' })
  bookers!: number;

  @Field(() => Int, { description: 'Of them, booked in one category' })
  oneCategory!: number;

  @Field(() => Int)
  twoCategories!: number;

  @Field(() => Int)
  threeOrMore!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of bookers in 1 category (0-1); null without bookers',
  })
  oneCategoryShare!: number | null;

  @Field(() => Float, { nullable: true })
  twoCategoriesShare!: number | null;

  @Field(() => Float, { nullable: true })
  threeOrMoreShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average number of distinct categories per booker; null without bookers',
  })
  averageCategories!: number | null;
}

@ObjectType()
export class DiversityDepartmentType extends DiversityFiguresType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class DiversityDashboardType {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => DiversityPeriodEnum)
  period!: DiversityPeriodEnum;

  @Field(() => DiversityFiguresType, { description: 'France, or the department asked for' })
  totals!: DiversityFiguresType;

  @Field(() => [DiversityDepartmentType])
  departments!: DiversityDepartmentType[];
}
