// What commands and workflows need of the database without touching Prisma: run work in one
// transaction, and pass that transaction (an opaque unit of work) to other contexts' commands.
// A purchase's writes can also go as one statement: contexts hand over opaque parts, and
// writeTogether sends them at once (docs/adr/0023).
export {
  unitOfWork as transaction,
  writeTogether,
  type UnitOfWork,
  type StatementPart,
  type StatementGuard,
} from "./db";
