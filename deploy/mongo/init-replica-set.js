// Initiates the MongoDB replica set and creates the users, once; running it again changes nothing
// (it only sets the passwords again, so changing one in .env and re-running takes effect).
//
// docker-compose.yml runs it with mongosh in the mongo-init service, which shares the network of the
// first member: "localhost" here is that member, so MongoDB's localhost exception lets this script
// initiate the set and create the first user before any user exists. After that it signs in as root.
//
// Each service gets its own user that can read and write its own database only, so the rule that no
// service reads another's database is enforced by the database too. deployment-tests
// (ComposeInfrastructureTests) checks that these users and databases match the connection strings the
// services are given.

function required(name) {
  const value = process.env[name];
  if (!value) {
    print(`${name} must be set (see .env.example)`);
    quit(1);
  }
  return value;
}

function waitFor(what, condition, seconds) {
  for (let i = 0; i < seconds; i++) {
    try {
      if (condition()) {
        return;
      }
    }
    catch (ex) {
      // not yet
    }
    sleep(1000);
  }
  print(`Gave up waiting ${seconds} s for ${what}`);
  quit(1);
}

const setName = required('MONGO_REPLICA_SET_NAME');
const members = required('MONGO_REPLICA_SET_MEMBERS').split(',');
const rootUser = required('MONGO_ROOT_USERNAME');
const rootPassword = required('MONGO_ROOT_PASSWORD');

const serviceUsers = [
  { user: 'registry-service', database: 'registry', password: required('MONGO_REGISTRY_PASSWORD') },
  { user: 'training-service', database: 'training', password: required('MONGO_TRAINING_PASSWORD') },
  { user: 'reporting-service', database: 'reporting', password: required('MONGO_REPORTING_PASSWORD') },
];

const local = db.getSiblingDB('admin');

// 1. The replica set. The first member gets the highest priority, so it is the primary whenever it is
//    up, which the first run needs for the localhost exception.
if (!local.runCommand({ hello: 1 }).setName) {
  print(`Initiating replica set ${setName}: ${members.join(', ')}`);
  rs.initiate({
    _id: setName,
    members: members.map((host, i) => ({ _id: i, host, priority: (i === 0) ? 2 : 1 })),
  });
}

// 2. The root user: created through the localhost exception the first time, signed in as afterwards.
let signedIn = false;
try {
  signedIn = local.auth(rootUser, rootPassword).ok === 1;
}
catch (ex) {
  signedIn = false;
}
if (!signedIn) {
  waitFor('the first member to become primary', () => local.runCommand({ hello: 1 }).isWritablePrimary, 120);
  print(`Creating the root user ${rootUser}`);
  local.createUser({ user: rootUser, pwd: rootPassword, roles: [{ role: 'root', db: 'admin' }] },
    { w: 'majority', wtimeout: 60000 });
  local.auth(rootUser, rootPassword);
}

// 3. The services' users, written on whichever member is primary now, with majority write concern.
const credentials = `${encodeURIComponent(rootUser)}:${encodeURIComponent(rootPassword)}`;
const admin = connect(`mongodb://${credentials}@${members.join(',')}/admin?replicaSet=${setName}&authSource=admin`)
  .getSiblingDB('admin');
waitFor('a primary', () => admin.runCommand({ ping: 1 }).ok === 1, 120);
for (const { user, database, password } of serviceUsers) {
  const roles = [{ role: 'readWrite', db: database }];
  if (admin.getUser(user)) {
    admin.updateUser(user, { pwd: password, roles }, { w: 'majority', wtimeout: 60000 });
    print(`Updated user ${user} (readWrite on ${database})`);
  }
  else {
    admin.createUser({ user, pwd: password, roles }, { w: 'majority', wtimeout: 60000 });
    print(`Created user ${user} (readWrite on ${database})`);
  }
}

print(`Replica set ${setName} is ready: ${rs.status().members.map((m) => `${m.name} ${m.stateStr}`).join(', ')}`);
