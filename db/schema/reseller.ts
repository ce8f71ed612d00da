import { date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { orders } from "./licensing";
import { workspaces } from "./tenancy";
import { createdAt, id, tstz } from "./common";

