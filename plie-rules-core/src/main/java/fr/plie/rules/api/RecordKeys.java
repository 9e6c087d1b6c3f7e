package fr.plie.rules.api;

import fr.plie.rules.internal.Ed25519Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Creates the Ed25519 key pair that signs decision records. */
public final class RecordKeys {
  /** The name of the private key's file, {@value}. */
  public static final String PRIVATE_KEY_FILE = "private-key.pem";
  /** The name of the public key's file, {@value}. */
  public static final String PUBLIC_KEY_FILE = "public-key.pem";

  private RecordKeys() {}

  /**
   * Writes a new key pair into {@code directory} (created if needed): {@code private-key.pem}
   * (PKCS#8, readable by its owner only where the file system says so) and {@code public-key.pem}
   * (X.509 SubjectPublicKeyInfo). Never overwrites: a replaced private key would leave the
   * records it signed unverifiable with the public key handed out.
   *
   * @param directory the folder to write the keys into
   * @return the two files written, private key first
   * @throws RecordKeyException when either file already exists or the directory cannot be written
   */
  public static List<Path> generate(Path directory) {
    Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
    Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
    for (Path file : List.of(privateFile, publicFile)) {
      if (Files.exists(file)) {
        throw new RecordKeyException(file.toString(), "already exists; keys are never overwritten");
      }
    }
    String[] pem = Ed25519Keys.generatePem();
    try {
      Files.createDirectories(directory);
      write(privateFile, pem[0], true);
      write(publicFile, pem[1], false);
    } catch (FileAlreadyExistsException e) {
      throw new RecordKeyException(e.getFile(), "already exists; keys are never overwritten");
    } catch (IOException e) {
      throw new RecordKeyException(directory.toString(),
          "the keys cannot be written there (" + e.getClass().getSimpleName() + ")");
    }
    return List.of(privateFile, publicFile);
  }

  private static void write(Path file, String text, boolean secret) throws IOException {
    if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    }
  }
}
