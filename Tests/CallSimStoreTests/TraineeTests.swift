import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Trainees")
struct TraineeTests {
    @Test("a trainee is created on first use and found afterwards, in any letter case")
    func findOrCreate() throws {
        // Given an empty store
        let store = try CallStore.inMemory()
        #expect(try store.findTrainee(named: "Sam") == nil)

        // When Sam is asked for twice, once in lower case and with spaces
        let created = try store.trainee(named: "Sam")
        let found = try store.trainee(named: "  sam ")

        // Then one trainee exists, keeping the name as first given
        #expect(created.id != nil)
        #expect(found == created)
        #expect(found.name == "Sam")
        #expect(found.team == nil)
        #expect(!found.archived)
        #expect(try store.findTrainee(named: "SAM") == created)
        #expect(try store.traineeNames() == ["Sam"])
    }

    @Test("a session creates its trainee, and names are listed alphabetically")
    func namesFromSessions() throws {
        // Given sessions by Noor and sam, and a trainee Adam
        let store = try CallStore.inMemory()
        _ = try store.beginSession(Fixtures.newSession(trainee: "Noor"))
        _ = try store.beginSession(Fixtures.newSession(trainee: "sam"))
        _ = try store.trainee(named: "Adam")

        // When the names are listed
        let names = try store.traineeNames()

        // Then all three appear, in alphabetical order regardless of case
        #expect(names == ["Adam", "Noor", "sam"])
        #expect(try store.findTrainee(named: "Noor")?.createdAt == Fixtures.start)
    }

    @Test("an empty name is refused with a message that says how to give one")
    func emptyName() throws {
        // Given a store
        let store = try CallStore.inMemory()

        // When a trainee with a blank name is asked for
        let error = Fixtures.storeError { () throws(StoreError) in _ = try store.trainee(named: "  ") }

        // Then the store refuses
        #expect(error == .emptyTraineeName)
        #expect(error?.description == "a trainee needs a name; give one with --as NAME")
    }

    @Test("trainees can be renamed, archived and deleted with their sessions")
    func manage() throws {
        // Given Sam with a session and Noor
        let store = try CallStore.inMemory()
        let id = try store.beginSession(Fixtures.newSession(trainee: "Sam"))
        try store.appendTurn(session: id, turn: Fixtures.turns[0])
        _ = try store.trainee(named: "Noor")

        // When Sam is renamed and Noor archived
        try store.renameTrainee("sam", to: "Samira")
        try store.setArchived(true, trainee: "Noor")

        // Then the history follows the new name, and Noor is listed only on request
        #expect(try store.history(trainee: "Samira").map(\.id) == [id])
        #expect(try store.traineeNames() == ["Samira"])
        #expect(try store.traineeNames(includingArchived: true) == ["Noor", "Samira"])
        let clash = Fixtures.storeError { () throws(StoreError) in try store.renameTrainee("Samira", to: "NOOR") }
        #expect(clash == .traineeExists("Noor"))
        #expect(clash?.description == "there is already a trainee named Noor; choose another name")

        // When Samira is deleted
        try store.deleteTrainee("Samira")

        // Then her sessions and turns are gone too
        #expect(try store.session(id) == nil)
        #expect(try store.findTrainee(named: "Samira") == nil)
        let missing = Fixtures.storeError { () throws(StoreError) in try store.deleteTrainee("Samira") }
        #expect(missing?.description == "there is no trainee named Samira; list the trainees with callsim trainee list")
    }
}
